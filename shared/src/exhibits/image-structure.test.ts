import { demoImagePng } from '../../../cloudfunctions/exhibits/seed/demo-image';
import { checkImageStructure } from './image-structure';

/** Made by Chromium's canvas.toDataURL (as the phone's compression does), 40 × 30. */
const CANVAS_JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAQAAAQABAAD/4gHYSUNDX1BST0ZJTEUAAQEAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADb/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAAeACgDASIAAhEBAxEB/8QAGQAAAwEBAQAAAAAAAAAAAAAAAAIEAwUH/8QAFhABAQEAAAAAAAAAAAAAAAAAAgAD/8QAFgEBAQEAAAAAAAAAAAAAAAAABgMH/8QAGxEBAQACAwEAAAAAAAAAAAAABAADIgESMSH/2gAMAwEAAhEDEQA/APM2qdqZqnapBJ5bYxMrVO1M1TtTEJPImxMrUWLUSvATWNZU7Xaap2pmqdqDhL5MWJlap9FM1TtTIJePkTYmVqLFqJXhLx0jWVO1/9k=',
  'base64',
);
const CANVAS_WEBP = Buffer.from(
  'UklGRnACAABXRUJQVlA4WAoAAAAgAAAAJwAAHQAASUNDUMgBAAAAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADZWUDggggAAANAEAJ0BKigAHgA+bTKTRyQjIaElbMiADYlqAJ0y9nwHon5GcPkZGgNjHyi0/54AAP7yfvCCP1f023pY+RZf/79rbWDzC2WD9MV3BdH4Enjeucd3J3J8v1mYKykGr8vB/8ZFqdHuHnpXPw+9xdRW5u9xl0Bg4zGuPLHOTJcURiNgAAA=',
  'base64',
);
/** The classic 1 × 1 transparent GIF. */
const GIF_1X1 = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const PNG = demoImagePng(7, 64, 48);

test.each([
  ['PNG', PNG, 'image/png', 64, 48],
  ['JPEG from a canvas', CANVAS_JPEG, 'image/jpeg', 40, 30],
  ['WebP from a canvas', CANVAS_WEBP, 'image/webp', 40, 30],
  ['GIF', GIF_1X1, 'image/gif', 1, 1],
] as const)('a real %s passes with its dimensions', (_name, bytes, kind, width, height) => {
  expect(checkImageStructure(bytes)).toEqual({ ok: true, kind, width, height });
});

const html = Buffer.from('<html><script>alert(document.cookie)</script></html>');

test.each([
  ['a GIF header followed by HTML/JS', Buffer.concat([Buffer.from('GIF89a'), html])],
  ['a whole GIF followed by HTML/JS', Buffer.concat([GIF_1X1, html])],
  ['a PNG followed by HTML/JS', Buffer.concat([PNG, html])],
  ['a JPEG followed by HTML/JS', Buffer.concat([CANVAS_JPEG, html])],
  ['a JPEG header followed by HTML/JS', Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), html])],
  ['a truncated PNG', PNG.subarray(0, PNG.length - 20)],
  ['a truncated JPEG', CANVAS_JPEG.subarray(0, CANVAS_JPEG.length - 40)],
  ['a WebP with a wrong RIFF size', Buffer.concat([CANVAS_WEBP, Buffer.alloc(8)])],
  ['a PNG with a bit flipped', Buffer.from(PNG.map((b, i) => (i === 40 ? b ^ 1 : b)))],
  [
    'a GIF whose comment block carries a script',
    Buffer.concat([
      GIF_1X1.subarray(0, GIF_1X1.length - 1),
      Buffer.from([0x21, 0xfe, 20]),
      Buffer.from('<script>x()</script'),
      Buffer.from([0x00, 0x3b]),
    ]),
  ],
])('%s is refused', (_name, bytes) => {
  expect(checkImageStructure(bytes)).toMatchObject({ ok: false });
});

test('a canvas wider than 8192 px is refused without decoding it', () => {
  const huge = Buffer.from(GIF_1X1);
  huge.writeUInt16LE(9000, 6);
  expect(checkImageStructure(huge)).toEqual({ ok: false, reason: '图片尺寸太大' });
});
