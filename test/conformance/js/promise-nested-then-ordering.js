// A then registered inside a then joins the queue behind jobs already waiting.
Promise.resolve().then(() => {
	console.log('outer 1');
	Promise.resolve().then(() => console.log('inner 1'));
}).then(() => console.log('outer 2'));
Promise.resolve().then(() => console.log('sibling 1')).then(() => console.log('sibling 2'));
