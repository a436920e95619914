/** Stands in for a picked file that is not a photo, so the form can say so. */
export const NOT_AN_IMAGE = 'not-an-image:';

export const NOT_AN_IMAGE_MESSAGE = '这个文件不是照片，请从相册里选照片（jpg、png 等）';

/**
 * The paths to upload from what the picker returned. On h5 the file dialog can pick any file
 * (it reports the type); weapp's picker returns only images and no type.
 */
export function pickedPaths(files: readonly { path: string; type?: string }[]): string[] {
  return files.map((f) =>
    f.type === undefined || f.type === '' || f.type.startsWith('image/') ? f.path : NOT_AN_IMAGE,
  );
}
