import * as p from '@html-eslint/parser';
const r = p.parseForESLint('<form a =><i =x></i></form><b ="y" c>', {});
const strip = (n: any): any => JSON.parse(JSON.stringify(n, (k, v) => (k === 'loc' || k === 'parent' || k==='range' ? undefined : v)));
console.log(JSON.stringify(strip(r.ast.body[0].children[0].attributes), null, 1));
console.log(JSON.stringify(strip(r.ast.body[0].children[1].attributes), null, 1));
