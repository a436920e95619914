import { isStoreError } from '../../ports/store';
import { isDuplicateKey, isTransactionConflict, toStoreError } from './cloudbase-errors';

const e11000 =
  'E11000 duplicate key error collection: tcb.users index: ix_u_openid dup key: { openid: "o1" }';

describe('toStoreError maps every CloudBase duplicate shape to DUPLICATE', () => {
  test.each([
    ['node-sdk add(): documented code', { code: 'DATABASE_DUPLICATE_WRITE', message: e11000 }],
    ['node-sdk add(): documented code, no text', { code: 'DATABASE_DUPLICATE_WRITE', message: '' }],
    [
      'node-sdk update / transaction: generic code with E11000',
      { code: 'DATABASE_REQUEST_FAILED', message: e11000 },
    ],
    [
      'wx-server-sdk: -502001 with E11000 in errMsg',
      { errCode: -502001, errMsg: `database request fail ${e11000}` },
    ],
    [
      'wx-server-sdk: code folded into the message',
      { errCode: -502001, errMsg: 'DATABASE_DUPLICATE_WRITE' },
    ],
    ['MongoDB numeric code', { code: 11000, message: 'dup' }],
  ])('%s', (_label, shape) => {
    expect(isDuplicateKey(shape)).toBe(true);
    expect(isStoreError(toStoreError(shape, 'users'), 'DUPLICATE')).toBe(true);
  });

  test.each([
    [
      'generic failure without E11000',
      { code: 'DATABASE_REQUEST_FAILED', message: 'Cannot create field' },
    ],
    [
      'wx-server-sdk generic -502001',
      { errCode: -502001, errMsg: '云资源数据库错误：数据库请求失败' },
    ],
    [
      'a message that merely says duplicate',
      { code: 'DATABASE_REQUEST_FAILED', message: 'duplicate' },
    ],
  ])('not a duplicate: %s', (_label, shape) => {
    expect(isDuplicateKey(shape)).toBe(false);
    expect(toStoreError(shape, 'users')).toBe(shape);
  });
});

describe('toStoreError maps write conflicts to VERSION_CONFLICT (retryable)', () => {
  const message =
    '[ResourceUnavailable.TransactionConflict] Transaction is conflict, maybe resource operated by others. Please check your request, but if the problem persists, contact us.';
  test.each([
    ['node-sdk', { code: 'DATABASE_TRANSACTION_CONFLICT', message }],
    [
      'wx-server-sdk -501001',
      {
        errCode: -501001,
        errMsg: `document.update:fail -501001 resource system error. ${message}`,
      },
    ],
  ])('%s', (_label, shape) => {
    expect(isTransactionConflict(shape)).toBe(true);
    expect(isStoreError(toStoreError(shape, 'transaction'), 'VERSION_CONFLICT')).toBe(true);
  });

  test('a finished transaction is not a conflict', () => {
    const gone = {
      code: 'DATABASE_TRANSACTION_FAIL',
      message: '[ResourceUnavailable.TransactionNotExist]',
    };
    expect(toStoreError(gone, 'transaction')).toBe(gone);
  });
});
