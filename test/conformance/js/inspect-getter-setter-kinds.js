// Accessor properties show as [Getter], [Setter] or [Getter/Setter]; their code never runs.
let runs = 0;
const account = {
	owner: 'ada',
	get balance() {
		runs++;
		return 100;
	},
	set limit(value) {
		runs++;
	},
	get rate() {
		runs++;
		return 0.5;
	},
	set rate(value) {
		runs++;
	},
};
console.log(account);
console.log('accessor code ran', runs, 'times');
Object.defineProperty(account, 'hidden', { get: () => 'h', enumerable: false });
Object.defineProperty(account, 'shown', { value: 'plain', enumerable: true });
console.log(account, account.hidden);
class WithAccessor {
	#value = 3;
	get value() {
		return this.#value;
	}
}
const instance = new WithAccessor();
console.log(instance, instance.value, [instance], { instance });
console.log(Object.defineProperties({}, { a: { get() { return 1; }, enumerable: true }, b: { set(v) {}, enumerable: true } }));
