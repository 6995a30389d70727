// Optional chaining and nullish coalescing.
const config = { server: { port: 0, host: null }, greet: name => `hi ${name}` };
console.log(config.server?.port, config.client?.port, config.client?.port ?? 8080);
console.log(config.server.port || 3000, config.server.port ?? 3000);
console.log(config.server.host ?? 'localhost', config.greet?.('ada'), config.missing?.('x'));
const list = null;
console.log(list?.[0], list?.length);
let value = null;
value ??= 'assigned';
let count = 0;
count ||= 10;
let flag = 1;
flag &&= 'truthy branch';
console.log(value, count, flag);
