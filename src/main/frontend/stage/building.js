/*
 * The building world: a floor plan seen from above. Walls, corridor squares, doors with room
 * numbers, signs with arrows towards ranges of rooms, the room to find, and the walker, who turns
 * to face the way they will walk and leaves footprints behind.
 *
 * State: {"map": ["#########", "#...A2..#", …], "width": 9, "height": 5,
 *         "doors": [{"row": 1, "col": 4, "mark": "A", "room": 214}],
 *         "signs": [{"row": 3, "col": 5, "mark": "1", "arrows": [{"from": 200, "to": 299, "points": "north"}]}],
 *         "target": 214, "position": {"row": 3, "col": 1}, "facing": "east", "moves": 0, "room": 0}
 */
import { el, text, fit, clear, transform, pulse, INK, HIGHLIGHT, GOOD } from './svg.js';

const C = 64;
const HEADER = 96;
const MIN_WIDTH = 720;
const WALL = '#4b5563';
const FLOOR = '#f5ecdc';
const FLOOR_LINE = '#e4d5bb';
const DOOR = '#8a5a2b';
const DIRECTIONS = { north: [-1, 0, 0], east: [0, 1, 90], south: [1, 0, 180], west: [0, -1, 270] };
const BOARD_FONT = 22;
const BOARD_LINE = 28;

function range(arrow) {
  return arrow.from === arrow.to ? String(arrow.from) : `${arrow.from}\u2013${arrow.to}`;
}

/** A bold arrow pointing up, centred on 0 0, about 2*size tall; rotated to point elsewhere. */
function arrowShape(parent, size, degrees, fill) {
  const s = size;
  return el('path', {
    d: `M0 ${-s} L${s} 0 L${s * 0.38} 0 L${s * 0.38} ${s} L${-s * 0.38} ${s} L${-s * 0.38} 0 L${-s} 0 Z`,
    fill, transform: `rotate(${degrees})`, 'stroke-linejoin': 'round',
  }, parent);
}

/** A five-pointed star centred on 0 0. */
function star(parent, radius, attrs) {
  const points = [];
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? radius : radius * 0.45;
    const a = (Math.PI / 5) * i;
    points.push(`${(r * Math.sin(a)).toFixed(1)},${(-r * Math.cos(a)).toFixed(1)}`);
  }
  return el('polygon', { points: points.join(' '), ...attrs }, parent);
}

export class BuildingRenderer {

  constructor(root, ctx) {
    this.root = root;
    this.t = ctx.t;
    this.planKey = null;
    this.angle = null;
    this.trail = [];
  }

  get viewBox() {
    return [this.width, this.height];
  }

  update(state, ctx) {
    const key = JSON.stringify([state.map, state.doors, state.signs, state.target]);
    if (key !== this.planKey) {
      this.planKey = key;
      this.build(state);
      this.angle = null;
      this.trail = [];
    }
    this.place(state, ctx.ms);
  }

  walkable(r, c) {
    const row = this.map[r];
    return r >= 0 && r < this.map.length && c >= 0 && c < (row ? row.length : 0) && row[c] !== '#';
  }

  /** The top left corner of a square of the map, in the plan's coordinates (one square of wall around it). */
  corner(r, c) {
    return [(c + 1) * C, (r + 1) * C];
  }

  build(state) {
    const t = this.t;
    clear(this.root);
    this.map = Array.isArray(state.map) ? state.map.map(String) : [];
    const rows = this.map.length;
    const cols = Math.max(0, ...this.map.map(r => r.length));
    const planWidth = (cols + 2) * C;
    this.width = Math.max(MIN_WIDTH, planWidth);
    this.height = HEADER + (rows + 2) * C;
    this.doorsAt = new Map((state.doors || []).map(d => [`${d.row},${d.col}`, d]));

    // header: the room to find and the steps walked
    const header = el('g', { class: 'header' }, this.root);
    const goal = el('g', { class: 'goal', transform: 'translate(16 14)' }, header);
    this.goalBox = el('rect', { x: 0, y: 0, width: 360, height: 68, rx: 16, fill: '#fff7d1', stroke: '#b7791f', 'stroke-width': 3 }, goal);
    star(goal, 22, { transform: 'translate(38 34)', fill: HIGHLIGHT, stroke: '#7a4f00', 'stroke-width': 3 });
    this.goalTick = el('g', { transform: 'translate(356 10)', visibility: 'hidden', class: 'goal-reached' }, goal);
    el('circle', { r: 20, fill: GOOD, stroke: '#ffffff', 'stroke-width': 4 }, this.goalTick);
    el('path', { d: 'M-9 0 L-3 8 L10 -8', fill: 'none', stroke: '#ffffff', 'stroke-width': 5, 'stroke-linecap': 'round',
      'stroke-linejoin': 'round' }, this.goalTick);
    this.goalText = fit(text(t('building.find', state.target), { x: 72, y: 45, 'font-size': 30, 'font-weight': 800, fill: INK }, goal), 272);
    const steps = el('g', { class: 'moves', transform: `translate(${this.width - 236} 14)` }, header);
    el('rect', { x: 0, y: 0, width: 220, height: 68, rx: 16, fill: '#ffffff', stroke: '#c9cfdb', 'stroke-width': 3 }, steps);
    this.stepsText = fit(text('', { x: 110, y: 45, 'text-anchor': 'middle', 'font-size': 28, 'font-weight': 800, fill: INK }, steps), 196);
    this.stepsGroup = steps;

    const plan = el('g', { class: 'plan', transform: `translate(${(this.width - planWidth) / 2} ${HEADER})` }, this.root);
    this.plan = plan;
    el('rect', { x: 0, y: 0, width: planWidth, height: (rows + 2) * C, rx: 10, fill: WALL, class: 'walls' }, plan);
    const floor = el('g', { class: 'floor' }, plan);
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < this.map[r].length; c++) {
        if (this.walkable(r, c)) {
          const [x, y] = this.corner(r, c);
          el('rect', { x, y, width: C, height: C, fill: FLOOR, stroke: FLOOR_LINE, 'stroke-width': 2, class: 'corridor',
            'data-row': r, 'data-col': c }, floor);
        }
      }
    }
    this.trailLayer = el('g', { class: 'trail' }, plan);

    const doorLayer = el('g', { class: 'doors' }, plan);
    this.plaques = [];
    for (const door of state.doors || []) {
      this.drawDoor(doorLayer, door, door.room === state.target);
    }
    const postLayer = el('g', { class: 'signposts' }, plan);
    const boardLayer = el('g', { class: 'boards' }, plan);
    this.boards = [];
    for (const sign of state.signs || []) {
      this.drawSign(postLayer, boardLayer, sign);
    }
    this.walker = this.drawWalker(el('g', { class: 'walker-layer' }, plan));
  }

  /** Which wall the door is in: a wall square next to the door's corridor square, inside the map if there is one. */
  doorSide(door) {
    const order = ['north', 'south', 'west', 'east'];
    const walls = order.filter(d => !this.walkable(door.row + DIRECTIONS[d][0], door.col + DIRECTIONS[d][1]));
    const inside = walls.filter(d => {
      const r = door.row + DIRECTIONS[d][0];
      const c = door.col + DIRECTIONS[d][1];
      return r >= 0 && r < this.map.length && c >= 0 && c < this.map[r].length;
    });
    return inside[0] || walls[0] || 'north';
  }

  drawDoor(layer, door, isTarget) {
    const side = this.doorSide(door);
    const [x, y] = this.corner(door.row, door.col);
    const g = el('g', { class: isTarget ? 'door target' : 'door', 'data-room': door.room, 'data-row': door.row, 'data-col': door.col }, layer);
    // door panel and plaque drawn for a door in the north wall, then turned to its side
    const cx = x + C / 2;
    const cy = y + C / 2;
    const rotation = DIRECTIONS[side][2];
    const panel = el('g', { transform: `rotate(${rotation} ${cx} ${cy})` }, g);
    el('rect', { x: cx - C * 0.34, y: y - C * 0.2, width: C * 0.68, height: C * 0.24, rx: 3, fill: isTarget ? '#c2410c' : DOOR,
      stroke: '#3b2612', 'stroke-width': 2 }, panel);
    // the plaque stays upright, in the wall square beyond the door
    const [dr, dc] = DIRECTIONS[side];
    const px = cx + dc * C * 1.02;
    const py = cy + dr * C * 0.98;
    const plaque = el('g', { class: 'plaque', transform: `translate(${px} ${py})` }, g);
    el('rect', { x: -C * 0.46, y: -17, width: C * 0.92, height: 34, rx: 7, fill: isTarget ? HIGHLIGHT : '#ffffff',
      stroke: isTarget ? '#7a4f00' : '#1d2433', 'stroke-width': isTarget ? 4 : 2 }, plaque);
    fit(text(String(door.room), { x: 0, y: 9, 'text-anchor': 'middle', 'font-size': 25, 'font-weight': 800, fill: INK }, plaque), C * 0.8);
    if (isTarget) {
      star(plaque, 13, { transform: `translate(${C * 0.46} -17)`, fill: HIGHLIGHT, stroke: '#7a4f00', 'stroke-width': 2.5 });
      this.targetPlaque = plaque;
    }
    this.plaques.push({ x: px - C * 0.46, y: py - 17, width: C * 0.92, height: 34 });
  }

  drawSign(postLayer, boardLayer, sign) {
    const [x, y] = this.corner(sign.row, sign.col);
    // a signpost on the corridor square
    const post = el('g', { class: 'signpost', transform: `translate(${x + C / 2} ${y + C / 2})` }, postLayer);
    el('circle', { r: C * 0.3, fill: '#1f7a8c', stroke: '#ffffff', 'stroke-width': 3 }, post);
    arrowShape(el('g', { transform: 'translate(-6 0)' }, post), C * 0.15, -90, '#ffffff');
    arrowShape(el('g', { transform: 'translate(6 0)' }, post), C * 0.15, 90, '#ffffff');

    const arrows = sign.arrows || [];
    const longest = Math.max(3, ...arrows.map(a => range(a).length));
    const width = Math.round(longest * BOARD_FONT * 0.62 + 56);
    const height = arrows.length * BOARD_LINE + 14;
    const spot = this.boardSpot(sign, width, height);
    const board = el('g', { class: 'sign', 'data-row': sign.row, 'data-col': sign.col, transform: `translate(${spot.x} ${spot.y})` }, boardLayer);
    el('line', { x1: spot.lx, y1: spot.ly, x2: x + C / 2 - spot.x, y2: y + C / 2 - spot.y, stroke: '#1f7a8c', 'stroke-width': 4,
      'stroke-dasharray': '2 6', 'stroke-linecap': 'round' }, board);
    const frame = el('rect', { x: 0, y: 0, width, height, rx: 8, fill: '#ffffff', stroke: '#1f7a8c', 'stroke-width': 4, class: 'board' }, board);
    arrows.forEach((a, i) => {
      const line = el('g', { class: 'sign-arrow', 'data-points': a.points, 'data-from': a.from, 'data-to': a.to,
        transform: `translate(0 ${7 + i * BOARD_LINE})` }, board);
      const icon = el('g', { transform: `translate(22 ${BOARD_LINE / 2})` }, line);
      arrowShape(icon, 11, (DIRECTIONS[a.points] || DIRECTIONS.north)[2], '#1f7a8c');
      text(range(a), { x: 42, y: BOARD_LINE / 2 + 8, 'font-size': BOARD_FONT, 'font-weight': 700, fill: INK }, line);
    });
    this.boards.push({ row: sign.row, col: sign.col, group: board, frame, rect: { x: spot.x, y: spot.y, width, height } });
  }

  /** Where a sign's board goes: next to its square, over walls rather than corridors, not over another board or a room number. */
  boardSpot(sign, width, height) {
    const [x, y] = this.corner(sign.row, sign.col);
    const planWidth = (Math.max(0, ...this.map.map(r => r.length)) + 2) * C;
    const planHeight = (this.map.length + 2) * C;
    const candidates = [
      { x: x + C / 2 - width / 2, y: y - height - 2, lx: width / 2, ly: height },
      { x: x + C / 2 - width / 2, y: y + C + 2, lx: width / 2, ly: 0 },
      { x: x + C + 2, y: y + C / 2 - height / 2, lx: 0, ly: height / 2 },
      { x: x - width - 2, y: y + C / 2 - height / 2, lx: width, ly: height / 2 },
      { x: x + C + 2, y: y - height - 2, lx: 0, ly: height },
      { x: x - width - 2, y: y - height - 2, lx: width, ly: height },
      { x: x + C + 2, y: y + C + 2, lx: 0, ly: 0 },
      { x: x - width - 2, y: y + C + 2, lx: width, ly: 0 },
    ];
    const overlap = (a, b) => Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x))
      * Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));
    let best = candidates[0];
    let bestScore = Infinity;
    candidates.forEach((spot, order) => {
      const rect = { x: spot.x, y: spot.y, width, height };
      let score = order;
      for (let r = 0; r < this.map.length; r++) {
        for (let c = 0; c < this.map[r].length; c++) {
          if (this.walkable(r, c)) {
            const [cx, cy] = this.corner(r, c);
            score += overlap(rect, { x: cx, y: cy, width: C, height: C }) / 40;
          }
        }
      }
      for (const other of this.boards) {
        score += overlap(rect, other.rect) / 4;
      }
      for (const plaque of this.plaques) {
        score += overlap(rect, plaque) / 4;
      }
      const outside = width * height - overlap(rect, { x: 0, y: 0, width: planWidth, height: planHeight });
      score += outside / 8;
      if (score < bestScore) {
        bestScore = score;
        best = spot;
      }
    });
    return best;
  }

  /** A child seen from above, facing up (north): backpack behind, hands, hair, face and eyes in front, an arrow ahead. */
  drawWalker(layer) {
    const g = el('g', { class: 'walker', 'data-testid': 'walker' }, layer);
    const body = el('g', { transform: `scale(${C / 64})` }, g);
    el('ellipse', { cx: 0, cy: 6, rx: 27, ry: 22, fill: '#000000', opacity: 0.14 }, body);
    el('path', { d: 'M0 -60 L17 -36 L-17 -36 Z', fill: '#c2410c', stroke: '#ffffff', 'stroke-width': 3, 'stroke-linejoin': 'round' }, body);
    el('rect', { x: -15, y: 8, width: 30, height: 19, rx: 6, fill: '#f59e0b', stroke: '#92400e', 'stroke-width': 3 }, body);
    el('circle', { cx: -24, cy: -5, r: 7, fill: '#f2c7a5', stroke: '#7c4a2d', 'stroke-width': 2 }, body);
    el('circle', { cx: 24, cy: -5, r: 7, fill: '#f2c7a5', stroke: '#7c4a2d', 'stroke-width': 2 }, body);
    el('ellipse', { cx: 0, cy: 3, rx: 24, ry: 13, fill: '#2563eb', stroke: '#1e3a8a', 'stroke-width': 3 }, body);
    el('circle', { cx: 0, cy: -4, r: 15, fill: '#5b3a1e', stroke: '#3b2612', 'stroke-width': 2 }, body);
    el('ellipse', { cx: 0, cy: -10, rx: 12, ry: 8.5, fill: '#f2c7a5' }, body);
    el('circle', { cx: -5, cy: -12, r: 2.8, fill: '#1d2433' }, body);
    el('circle', { cx: 5, cy: -12, r: 2.8, fill: '#1d2433' }, body);
    return g;
  }

  place(state, ms) {
    const t = this.t;
    const row = state.position ? state.position.row : 0;
    const col = state.position ? state.position.col : 0;
    const facing = DIRECTIONS[state.facing] ? state.facing : 'north';
    const moves = state.moves ?? 0;

    // footprints: the squares walked so far in this run (stepping back forgets the later ones)
    this.trail = this.trail.filter(p => p.moves < moves);
    const last = this.trail[this.trail.length - 1];
    if (!last || last.row !== row || last.col !== col) {
      this.trail.push({ row, col, moves });
    }
    clear(this.trailLayer);
    this.trail.slice(0, -1).forEach((p, k) => {
      // a pair of footprints pointing the way walked on from this square
      const to = this.trail[k + 1];
      const angle = Math.atan2(to.col - p.col, p.row - to.row) * 180 / Math.PI;
      const [x, y] = this.corner(p.row, p.col);
      const feet = el('g', { class: 'footprint', transform: `translate(${x + C / 2} ${y + C / 2}) rotate(${angle})` }, this.trailLayer);
      el('ellipse', { cx: -7, cy: 5, rx: 5, ry: 9, fill: '#60a5fa', opacity: 0.8 }, feet);
      el('ellipse', { cx: 7, cy: -7, rx: 5, ry: 9, fill: '#60a5fa', opacity: 0.8 }, feet);
    });

    const target = DIRECTIONS[facing][2];
    if (this.angle === null) {
      this.angle = target;
    } else {
      let delta = ((target - this.angle) % 360 + 360) % 360;
      if (delta > 180) {
        delta -= 360;
      }
      this.angle += delta;
    }
    const [x, y] = this.corner(row, col);
    transform(this.walker, `translate(${x + C / 2}px, ${y + C / 2}px) rotate(${this.angle}deg)`, ms);
    this.walker.setAttribute('data-row', String(row));
    this.walker.setAttribute('data-col', String(col));
    this.walker.setAttribute('data-facing', facing);

    const stepsLabel = t('building.moves', moves);
    if (this.stepsText.textContent !== stepsLabel) {
      this.stepsText.textContent = stepsLabel;
      fit(this.stepsText, 196);
      pulse(this.stepsText, ms);
    }
    this.stepsGroup.setAttribute('data-value', String(moves));

    for (const board of this.boards) {
      const here = board.row === row && board.col === col;
      board.group.setAttribute('data-here', String(here));
      board.frame.setAttribute('fill', here ? '#fff7d1' : '#ffffff');
      board.frame.setAttribute('stroke-width', here ? '6' : '4');
    }
    const found = state.room === state.target && state.target !== undefined;
    this.root.querySelectorAll('.door.target').forEach(d => d.setAttribute('data-reached', String(found)));
    if (this.targetPlaque) {
      this.targetPlaque.querySelectorAll('.reached').forEach(n => n.remove());
      if (found) {
        const tick = el('g', { class: 'reached', transform: `translate(${-C * 0.46} -17)` }, this.targetPlaque);
        el('circle', { r: 14, fill: GOOD, stroke: '#ffffff', 'stroke-width': 3 }, tick);
        el('path', { d: 'M-7 0 L-2 6 L8 -6', fill: 'none', stroke: '#ffffff', 'stroke-width': 4, 'stroke-linecap': 'round',
          'stroke-linejoin': 'round' }, tick);
      }
    }
    this.goalText.setAttribute('fill', found ? GOOD : INK);
    this.goalBox.setAttribute('fill', found ? '#e8f6ee' : '#fff7d1');
    this.goalBox.setAttribute('stroke', found ? GOOD : '#b7791f');
    this.goalTick.setAttribute('visibility', found ? 'visible' : 'hidden');
  }
}
