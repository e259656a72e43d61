// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { type Camera, project } from '../../../src/vector/camera';
import { VectorPopup } from '../../../src/vector/vector-popup';

// happy-dom lays nothing out: the boxes the placement reads are given here, in CSS pixels of a 1000 × 640 map.
type Rect = { left: number; top: number; right: number; bottom: number };
function boxed<T extends HTMLElement>(node: T, rect: () => Rect): T {
  node.getBoundingClientRect = () => {
    const r = rect();
    return { ...r, x: r.left, y: r.top, width: r.right - r.left, height: r.bottom - r.top } as DOMRect;
  };
  return node;
}

const camera: Camera = { center: [120.6, 29.9], zoom: 8, width: 1000, height: 640 };
const shaoxing: [number, number] = [120.58, 30.0];

/** A vector map's box with one control over the place, a popup host and a log of the camera moves it asks for. */
function setUp(controlOverPlace: boolean) {
  document.body.replaceChildren();
  const container = boxed(document.createElement('div'), () => ({ left: 0, top: 0, right: 1000, bottom: 640 }));
  Object.defineProperty(container, 'clientWidth', { value: 1000, configurable: true });
  Object.defineProperty(container, 'clientHeight', { value: 640, configurable: true });
  const root = document.createElement('div');
  container.append(root);
  document.body.append(container);
  const [x, y] = project(camera, shaoxing);
  const control = boxed(document.createElement('div'), () =>
    controlOverPlace
      ? // Over the place and up to the left of it: the free room nearest the place is right of it or below.
        { left: Math.max(0, x - 300), top: Math.max(0, y - 300), right: x + 40, bottom: y + 40 }
      : { left: 10, top: 10, right: 60, bottom: 60 },
  );
  control.className = 'maplibregl-ctrl';
  root.append(control);
  // The camera stays put: the place stays under the control, so each placing that may pan asks for a move.
  const moves: Camera[] = [];
  const motion = {
    camera,
    moving: false,
    moveTo: (to: Camera) => void moves.push(to),
  };
  const popup = new VectorPopup({ container, root, motion: () => motion });
  const content = document.createElement('article');
  content.className = 'popup';
  content.innerHTML = '<h2>Shaoxing</h2><p>figures</p>';
  const show = () => {
    popup.show({ code: '330600', label: shaoxing }, content, 'region-popup-container', 'en', () => {});
    const element = root.querySelector<HTMLElement>('.maplibregl-popup')!;
    boxed(element.querySelector<HTMLElement>('.maplibregl-popup-content')!, () => ({
      left: 0,
      top: 0,
      right: 360,
      bottom: 200,
    }));
    return element;
  };
  return { popup, show, moves, container, root };
}

describe('VectorPopup', () => {
  it('stands beside its place, clear of it, named by its heading, with the focus on its close button', () => {
    const { show, moves } = setUp(false);
    const element = show();
    expect(element.getAttribute('role')).toBe('dialog');
    expect(element.getAttribute('aria-labelledby')).toBe(element.querySelector('h2')!.id);
    expect(element.dataset['placement']).toBe('float');
    expect(element.style.transform).toMatch(/^translate\(-?\d+px, -?\d+px\)$/u);
    expect(document.activeElement).toBe(element.querySelector('.maplibregl-popup-close-button'));
    expect(moves).toEqual([]);
  });

  it('moves the camera when a control covers its place, and not again at the rest of that move', () => {
    const { show, popup, moves } = setUp(true);
    const element = show();
    expect(moves.length).toBe(1);
    // The camera brings the place out from under the control (right of it or below), and not under the popup.
    const [px, py] = project(moves[0]!, shaoxing);
    const [x, y] = project(camera, shaoxing);
    expect(px >= x + 40 + 18 || py >= y + 40 + 18).toBe(true);
    const [left, top] = element.style.transform.match(/-?\d+/gu)!.map(Number);
    const content = element.querySelector<HTMLElement>('.maplibregl-popup-content')!;
    const right = left! + Number.parseFloat(content.style.width);
    const bottom = top! + Number.parseFloat(content.style.maxHeight);
    const clear = px + 18 <= left! || px - 18 >= right || py + 18 <= top! || py - 18 >= bottom;
    expect(clear).toBe(true);
    popup.rested('page');
    expect(moves.length).toBe(1);
    // A later rest the page brought about places it again, free to move the camera.
    popup.rested('page');
    expect(moves.length).toBe(2);
  });

  it('never moves the camera after the reader moved the map', () => {
    const { show, popup, moves } = setUp(true);
    show();
    moves.length = 0;
    popup.rested('page'); // the rest of its own pan
    popup.rested('reader');
    expect(moves).toEqual([]);
  });

  it('a phone-wide map gets a sheet and folds the legend; closing unfolds it', () => {
    const { show, popup, container } = setUp(false);
    Object.defineProperty(container, 'clientWidth', { value: 390, configurable: true });
    const element = show();
    popup.rested('page');
    expect(element.dataset['placement']).toBe('sheet');
    expect(element.classList.contains('popup-sheet')).toBe(true);
    expect(container.classList.contains('popup-sheet-open')).toBe(true);
    expect(popup.remove()).toBe(true);
    expect(container.classList.contains('popup-sheet-open')).toBe(false);
    expect(element.isConnected).toBe(false);
  });
});
