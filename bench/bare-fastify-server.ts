import Database from 'better-sqlite3';
import Fastify from 'fastify';

/**
 * The baselines for gateway throughput, two routes on a bare Fastify (no auth, no hooks, no
 * logging): `POST /api/users` does what `users.me` does with the database — reads the caller's
 * user row and their org unit's row by primary key from the gateway's own SQLite file (read-only,
 * WAL) with prepared statements — and answers the same JSON envelope; `POST /hello` answers a
 * constant. Arguments: port (0 = any free port), the database file, the user's id, and the
 * `idNumberMasked` users.me shows (opening the ID number's seal needs the gateway's data keys).
 * Prints `listening <port>` once up.
 */
interface UserRow {
  role: string;
  name: string | null;
  phone?: { masked?: string } | null;
  idNumber?: unknown;
  orgUnitId: string | null;
  villageId: string | null;
  townId: string | null;
  householdId?: string | null;
}

async function main() {
  const [port = '0', file, userId, idNumberMasked = ''] = process.argv.slice(2);
  const app = Fastify({ logger: false });
  app.post('/hello', () => ({
    ok: true,
    data: { userId: 'u1', role: 'villager', name: '马文礼', orgUnitName: '祁牟村' },
  }));
  if (file && userId) {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    const userById = db.prepare<[string], { doc: string }>('SELECT doc FROM c_users WHERE id = ?');
    const unitById = db.prepare<[string], { doc: string }>(
      'SELECT doc FROM c_org_units WHERE id = ?',
    );
    app.post('/api/users', (_req, reply) => {
      const row = userById.get(userId);
      if (!row) return reply.code(404).send({ ok: false, error: { code: 'NOT_FOUND' } });
      const user = JSON.parse(row.doc) as UserRow;
      const unitRow = user.orgUnitId ? unitById.get(user.orgUnitId) : undefined;
      const unit = unitRow ? (JSON.parse(unitRow.doc) as { name: string }) : null;
      return {
        ok: true,
        data: {
          userId,
          role: user.role,
          name: user.name,
          phoneMasked: user.phone?.masked ?? null,
          idNumberMasked: user.idNumber ? idNumberMasked : null,
          orgUnitId: user.orgUnitId,
          villageId: user.villageId,
          townId: user.townId,
          orgUnitName: unit?.name ?? null,
          profileComplete: Boolean(user.name && user.orgUnitId && user.phone),
          hasHousehold: Boolean(user.householdId),
        },
      };
    });
  }
  const address = await app.listen({ host: '127.0.0.1', port: Number(port) });
  console.log(`listening ${new URL(address).port}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
