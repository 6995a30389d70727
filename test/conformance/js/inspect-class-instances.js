// Class instances are printed with their class name.
class Point {
	constructor(x, y) {
		this.x = x;
		this.y = y;
	}
}
class Empty {}
class Point3D extends Point {
	constructor(x, y, z) {
		super(x, y);
		this.z = z;
	}
}
console.log(new Point(1, 2));
console.log(new Empty());
console.log(new Point3D(1, 2, 3));
console.log([new Point(0, 0)]);
console.log(Object.create(null));
