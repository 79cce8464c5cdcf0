// Adds diagram coordinates (DI) to a model written without them:
//   node tools/layout.mjs in.bpmn [out.bpmn]
// bpmn-auto-layout places the main flow left to right. Event subprocesses are laid out on their own and
// drawn expanded in a row below the main flow; text annotations go above the element they annotate.
// (Embedded subprocesses inside the flow are not supported: use a call activity.) Hand-tune the result in
// Camunda Modeler where it reads badly.
import { readFileSync, writeFileSync } from 'node:fs';
import { layoutProcess } from 'bpmn-auto-layout';

const [,, input, output] = process.argv;
const source = readFileSync(input, 'utf8');

const shapeRe = /\s*<bpmndi:BPMNShape id="[^"]+" bpmnElement="([^"]+)"[^>]*>\s*<dc:Bounds x="([-\d.]+)" y="([-\d.]+)" width="([\d.]+)" height="([\d.]+)" \/>[\s\S]*?<\/bpmndi:BPMNShape>/g;
const edgeRe = /\s*<bpmndi:BPMNEdge id="[^"]+" bpmnElement="([^"]+)"[^>]*>([\s\S]*?)<\/bpmndi:BPMNEdge>/g;
const shapesOf = xml => [...xml.matchAll(shapeRe)].map(m => ({ id: m[1], x: +m[2], y: +m[3], w: +m[4], h: +m[5] }));
const edgesOf = xml => [...xml.matchAll(edgeRe)].map(m => ({ id: m[1],
  points: [...m[2].matchAll(/<di:waypoint x="([-\d.]+)" y="([-\d.]+)"/g)].map(p => ({ x: +p[1], y: +p[2] })) }));
const shapeXml = s => `      <bpmndi:BPMNShape id="${s.id}_di" bpmnElement="${s.id}"${s.expanded ? ' isExpanded="true"' : ''}>\n` +
  `        <dc:Bounds x="${Math.round(s.x)}" y="${Math.round(s.y)}" width="${Math.round(s.w)}" height="${Math.round(s.h)}" />\n      </bpmndi:BPMNShape>\n`;
const edgeXml = e => `      <bpmndi:BPMNEdge id="${e.id}_di" bpmnElement="${e.id}">\n` +
  e.points.map(p => `        <di:waypoint x="${Math.round(p.x)}" y="${Math.round(p.y)}" />\n`).join('') + '      </bpmndi:BPMNEdge>\n';

// 1. event subprocesses, each laid out as if it were a process of its own
const head = source.slice(0, source.indexOf('<bpmn:process'));
const subs = [];
for (const m of source.matchAll(/<bpmn:subProcess id="([^"]+)"[^>]*>([\s\S]*?)<\/bpmn:subProcess>/g)) {
  const inner = m[2].replace(/<bpmn:(incoming|outgoing)>[^<]*<\/bpmn:\1>\s*/g, (s) => s);
  const tmp = `${head}<bpmn:process id="Layout_${m[1]}" isExecutable="false">${inner}</bpmn:process></bpmn:definitions>`;
  const laid = await layoutProcess(tmp);
  subs.push({ id: m[1], shapes: shapesOf(laid), edges: edgesOf(laid) });
}
const childIds = new Set(subs.flatMap(s => [...s.shapes, ...s.edges].map(e => e.id)));

// 2. the main flow
const laid = await layoutProcess(source);
let shapes = shapesOf(laid).filter(s => !childIds.has(s.id));
let edges = edgesOf(laid).filter(e => !childIds.has(e.id));
const subIds = new Set(subs.map(s => s.id));
const mainShapes = shapes.filter(s => !subIds.has(s.id));
let rowY = Math.max(...mainShapes.map(s => s.y + s.h)) + 80;
let rowX = Math.min(...mainShapes.map(s => s.x));
for (const sub of subs) {
  const minX = Math.min(...sub.shapes.map(s => s.x)), minY = Math.min(...sub.shapes.map(s => s.y));
  const maxX = Math.max(...sub.shapes.map(s => s.x + s.w)), maxY = Math.max(...sub.shapes.map(s => s.y + s.h));
  const box = { id: sub.id, x: rowX, y: rowY, w: maxX - minX + 80, h: maxY - minY + 70, expanded: true };
  const dx = box.x + 40 - minX, dy = box.y + 35 - minY;
  shapes = shapes.filter(s => s.id !== sub.id);
  shapes.push(box, ...sub.shapes.map(s => ({ ...s, x: s.x + dx, y: s.y + dy })));
  edges.push(...sub.edges.map(e => ({ ...e, points: e.points.map(p => ({ x: p.x + dx, y: p.y + dy })) })));
  rowX += box.w + 40;
}

// 3. text annotations above what they annotate
const byId = Object.fromEntries(shapes.map(s => [s.id, s]));
const used = {};
for (const m of source.matchAll(/<bpmn:association id="([^"]+)" sourceRef="([^"]+)" targetRef="([^"]+)"/g)) {
  const [, id, from, to] = m;
  const s = byId[from];
  if (!s) continue;
  const slot = used[from] = (used[from] ?? 0) + 1;
  // above an element of the top row; below one further down, where above would cover the row over it
  const topRow = s.y <= Math.min(...mainShapes.map(m => m.y)) + 40;
  const a = { id: to, x: s.x + s.w / 2 + 20 + (slot - 1) * 240, y: topRow ? s.y - 130 : s.y + s.h + 40, w: 220, h: 90 };
  shapes.push(a);
  edges.push({ id, points: topRow ? [{ x: s.x + s.w / 2, y: s.y }, { x: a.x, y: a.y + a.h }]
    : [{ x: s.x + s.w / 2, y: s.y + s.h }, { x: a.x, y: a.y }] });
}

const plane = laid.match(/<bpmndi:BPMNPlane[^>]*>/)[0];
const diagram = laid.match(/<bpmndi:BPMNDiagram[^>]*>/)[0];
const body = shapes.map(shapeXml).join('') + edges.map(edgeXml).join('');
const semantic = source.replace(/\s*<bpmndi:BPMNDiagram[\s\S]*<\/bpmndi:BPMNDiagram>/, '').replace(/\s*<\/bpmn:definitions>\s*$/, '');
writeFileSync(output ?? input, `${semantic}\n  ${diagram}\n    ${plane}\n${body}    </bpmndi:BPMNPlane>\n  </bpmndi:BPMNDiagram>\n</bpmn:definitions>\n`);
