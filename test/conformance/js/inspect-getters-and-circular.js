// Getters show as [Getter]; circular references as [Circular *1].
const account = {
	balance: 10,
	get doubled() {
		return this.balance * 2;
	},
};
console.log(account);
console.log(account.doubled);
const node = { name: 'root' };
node.self = node;
console.log(node);
