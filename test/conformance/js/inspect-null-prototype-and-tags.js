// Objects without Object.prototype, with Symbol.toStringTag, and instances of anonymous classes.
const bare = Object.create(null);
bare.x = 1;
console.log(bare);
console.log(Object.create(null));

class Tagged {
	get [Symbol.toStringTag]() {
		return 'CustomTag';
	}
}
console.log(new Tagged());
const plainTagged = { [Symbol.toStringTag]: 'Plain', value: 2 };
console.log(plainTagged);

const Anonymous = (() => class {})();
console.log(new Anonymous());
const inst = new (class { constructor() { this.v = 1; } })();
console.log(inst);

class Point {
	constructor(x, y) {
		this.x = x;
		this.y = y;
	}
}
class Point3D extends Point {
	constructor(x, y, z) {
		super(x, y);
		this.z = z;
	}
}
console.log([new Point(1, 2), new Point3D(1, 2, 3)]);
console.log({ origin: new Point(0, 0), nested: { deeper: { point: new Point3D(4, 5, 6) } } });
const withProto = Object.create({ inherited: true });
withProto.own = 'yes';
console.log(withProto, withProto.inherited);
console.log(Object.create(Point.prototype));
