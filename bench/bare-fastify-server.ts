import Fastify from 'fastify';

/**
 * The baseline for gateway throughput: a bare Fastify POST route answering a small JSON envelope,
 * no auth, no store. Prints `listening <port>` once up (port 0 = any free port).
 */
async function main() {
  const app = Fastify({ logger: false });
  app.post('/api/users', () => ({
    ok: true,
    data: { userId: 'u1', role: 'villager', name: '马文礼', orgUnitName: '祁牟村' },
  }));
  const address = await app.listen({ host: '127.0.0.1', port: Number(process.argv[2] ?? 0) });
  console.log(`listening ${new URL(address).port}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
