import { NOT_AN_IMAGE, pickedPaths } from './picked-files';

test.each([
  [[{ path: 'blob:1', type: 'image/jpeg' }], ['blob:1']],
  [[{ path: 'wxfile://tmp_1.jpg' }], ['wxfile://tmp_1.jpg']], // weapp: only images can be picked
  [[{ path: 'blob:2', type: 'application/pdf' }], [NOT_AN_IMAGE]],
  [
    [
      { path: 'blob:3', type: 'image/png' },
      { path: 'blob:4', type: 'text/plain' },
    ],
    ['blob:3', NOT_AN_IMAGE],
  ],
])('picked %j → %j', (files, paths) => {
  expect(pickedPaths(files)).toEqual(paths);
});
