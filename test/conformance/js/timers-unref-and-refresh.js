// An unref'd timer does not keep the process alive; hasRef tells; a ref'd one does.
const background = setTimeout(() => console.log('never printed: the process ends first'), 1000);
background.unref();
console.log('hasRef after unref', background.hasRef());
const keeper = setTimeout(() => {
	console.log('keeper fires at 20 ms');
}, 20);
console.log('keeper hasRef', keeper.hasRef(), typeof keeper[Symbol.toPrimitive]);
const interval = setInterval(() => console.log('unref interval never fires before exit'), 500);
interval.unref();
const again = setTimeout(() => console.log('re-ref timer fires at 30 ms'), 30);
again.unref();
again.ref();
