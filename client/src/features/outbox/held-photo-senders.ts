import { uploadFile } from '../../api/api';
import { claimPhotoUploads } from '../claims/claim-photo-uploads';
import { exhibitPhotoUploads } from '../exhibits/exhibit-photo-uploads';
import { riskPhotoUploads } from '../risk/risk-photo-uploads';
import { appHeldPhotos } from '../images/app-held-photos';
import type { SendHeldPhotoDeps } from '../images/send-held-photo';
import { currentAuthor } from '../session/session-store';

/** What sends a held photo in the app: the features' upload actions, the app's uploader. */
export function appHeldPhotoDeps(): SendHeldPhotoDeps {
  return {
    photos: appHeldPhotos(),
    features: { exhibits: exhibitPhotoUploads, claims: claimPhotoUploads, risk: riskPhotoUploads },
    uploadFile,
    currentUser: () => currentAuthor()?.userId ?? null,
  };
}
