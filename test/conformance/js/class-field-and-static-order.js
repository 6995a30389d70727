// Class evaluation order: computed keys, static fields and static blocks run top to bottom at
// definition; instance fields run at construction, after super() returns.
const log = label => (console.log(label), label);

class Base {
	baseField = log('Base instance field');
	constructor() {
		log('Base constructor body');
		this.describe();
	}
	describe() {
		log('Base.describe');
	}
}

class Child extends Base {
	[log('computed method key')]() {}
	static staticA = log('static field A');
	static {
		log('static block, sees staticA = ' + this.staticA);
	}
	childField = log('Child instance field');
	static staticB = log('static field B');
	constructor() {
		log('Child constructor before super');
		super();
		log('Child constructor after super, childField = ' + this.childField);
	}
	describe() {
		log('Child.describe sees childField = ' + this.childField);
	}
}
log('class defined');
new Child();
console.log(Object.getOwnPropertyNames(Child.prototype));
console.log(Object.keys(Child));
