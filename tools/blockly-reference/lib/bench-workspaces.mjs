// Benchmark workspaces: fixed programs (no random blocks) that the Java
// interpreter and JS-Interpreter run side by side (see ../bench.mjs).

import {
  at, num, get, add, mul, mod, sub, cmp, print, set, change, forLoop, forEach,
  setIndex, emptyList, defReturn, callReturn, ifReturn, join, txt,
} from './blocks.mjs';

export const benchWorkspaces = [
  {
    file: 'loop-heavy.json',
    name: 'Benchmark: nested counting loops, sum of (i * j) mod 7 over 300 x 300',
    seed: 1,
    blocks: [at(20, 20, [
      set('sum', num(0)),
      forLoop('i', num(1), num(300), num(1), [
        forLoop('j', num(1), num(300), num(1), [
          change('sum', mod(mul(get('i'), get('j')), num(7))),
        ]),
      ]),
      print(join(txt('sum = '), get('sum'))),
    ])],
  },
  {
    file: 'call-heavy.json',
    name: 'Benchmark: recursive fibonacci procedure with return, fib(20)',
    seed: 2,
    blocks: [
      at(20, 20, [print(join(txt('fib(20) = '), callReturn('fib', ['n'], [num(20)])))]),
      at(400, 20, defReturn('fib', ['n'], [ifReturn(cmp('LT', get('n'), num(2)), true, get('n'))],
        add(callReturn('fib', ['n'], [sub(get('n'), num(1))]), callReturn('fib', ['n'], [sub(get('n'), num(2))])))),
    ],
  },
  {
    file: 'list-heavy.json',
    name: 'Benchmark: build a list of 2000 numbers with INSERT LAST, then sum it with for each',
    seed: 3,
    blocks: [at(20, 20, [
      set('numbers', emptyList()),
      forLoop('i', num(1), num(2000), num(1), [
        setIndex('INSERT', 'LAST', get('numbers'), null, mod(mul(get('i'), num(37)), num(101))),
      ]),
      set('total', num(0)),
      forEach('x', get('numbers'), [change('total', get('x'))]),
      print(join(txt('total = '), get('total'))),
    ])],
  },
];
