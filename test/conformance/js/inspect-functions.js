// Functions print as [Function: name], classes as [class Name].
function named() {}
const arrow = () => {};
async function asyncOne() {}
function* generatorOne() {}
class Widget {}
class Button extends Widget {}
console.log(named, arrow, asyncOne, generatorOne);
console.log(Widget, Button);
console.log([function () {}, () => 1]);
console.log({ method() {}, handler: named });
console.log(typeof named, named.name, arrow.name, named.length);
