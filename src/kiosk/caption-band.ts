import { t, type Lang } from '../i18n';
import { el } from '../shared/dom';
import type { KioskMode } from './idle';
import type { TourStep } from './tour';

interface Shown {
  step: TourStep;
  index: number;
}

/**
 * The band under the map: the step's caption in large type, a quiet progress line, and the hint that
 * the map can be touched; while a visitor explores, when the tour comes back. Mount once, update in place.
 */
export class CaptionBand {
  private readonly root: HTMLElement;
  private readonly segments: HTMLElement[];
  private readonly caption: HTMLElement;
  private readonly stepLabel: HTMLElement;
  private readonly hint: HTMLElement;
  private readonly visitor: HTMLElement;
  private readonly visitorText: HTMLElement;
  private readonly resumeButton: HTMLButtonElement;
  private fill: Animation | null = null;
  private shown: Shown | null = null;
  private mode: KioskMode = 'tour';
  private lang: Lang;

  constructor(
    private readonly stepCount: number,
    private readonly idleSeconds: number,
    lang: Lang,
    onResume: () => void,
  ) {
    this.lang = lang;
    this.segments = Array.from({ length: stepCount }, () =>
      el('span', { class: 'kiosk-segment' }, el('span', { class: 'kiosk-segment-fill' })),
    );
    this.caption = el('p', { class: 'kiosk-caption', 'aria-live': 'polite' });
    this.stepLabel = el('span', { class: 'kiosk-step' });
    this.hint = el('span', { class: 'kiosk-hint' });
    this.visitorText = el('p', { class: 'kiosk-visitor-text', 'aria-live': 'polite' });
    this.resumeButton = el('button', { type: 'button', class: 'kiosk-resume', 'data-control': 'kiosk-resume' });
    this.resumeButton.addEventListener('click', onResume);
    this.visitor = el('div', { class: 'kiosk-visitor' }, this.visitorText, this.resumeButton);
    this.visitor.hidden = true;
    this.root = el(
      'section',
      { class: 'kiosk-band', 'data-kiosk-band': '' },
      el('div', { class: 'kiosk-progress', 'aria-hidden': 'true' }, ...this.segments),
      el('div', { class: 'kiosk-tour' }, this.caption, el('div', { class: 'kiosk-meta' }, this.stepLabel, this.hint)),
      this.visitor,
    );
    this.renderText();
  }

  mount(after: Element): void {
    after.after(this.root);
  }

  remove(): void {
    this.fill?.cancel();
    this.fill = null;
    this.root.remove();
  }

  setLang(lang: Lang): void {
    if (lang === this.lang) return;
    this.lang = lang;
    this.renderText();
  }

  /** A new step: its caption, and its segment filling over the step's duration (still for reduced motion). */
  showStep(step: TourStep, index: number, durationMs: number, animate: boolean): void {
    this.shown = { step, index };
    this.fill?.cancel();
    this.fill = null;
    for (const [i, segment] of this.segments.entries()) {
      segment.classList.toggle('done', i < index);
      segment.classList.toggle('current', i === index);
    }
    const current = this.segments[index]?.firstElementChild;
    if (current instanceof HTMLElement && animate && typeof current.animate === 'function') {
      this.fill = current.animate([{ transform: 'scaleX(0)' }, { transform: 'scaleX(1)' }], {
        duration: durationMs,
        easing: 'linear',
        fill: 'forwards',
      });
    }
    this.renderText();
  }

  showMode(mode: KioskMode): void {
    this.mode = mode;
    this.root.dataset['mode'] = mode;
    this.visitor.hidden = mode !== 'visitor';
    if (mode === 'visitor') this.fill?.pause();
    this.renderText();
  }

  private renderText(): void {
    const lang = this.lang;
    this.root.setAttribute('aria-label', t(lang, 'kiosk.tour'));
    this.root.lang = lang === 'zh' ? 'zh-CN' : 'en';
    if (this.shown) {
      setText(this.caption, this.shown.step.caption[lang]);
      fitCaption(this.caption);
      setText(this.stepLabel, t(lang, 'kiosk.progress', { n: this.shown.index + 1, total: this.stepCount }));
    }
    setText(this.hint, t(lang, 'kiosk.touchToExplore'));
    setText(
      this.visitorText,
      this.mode === 'visitor' ? t(lang, 'kiosk.resumesAfter', { seconds: this.idleSeconds }) : '',
    );
    setText(this.resumeButton, t(lang, 'kiosk.resumeNow'));
  }
}

// Largest first; the smallest is still 28.7 px on a 1080p screen, readable from three metres.
const CAPTION_SIZES_REM = [1.8, 1.65, 1.5, 1.4, 1.3, 1.15];

/** The largest type at which the caption fits the band: a short caption fills it instead of leaving it empty. */
function fitCaption(caption: HTMLElement): void {
  for (const size of CAPTION_SIZES_REM) {
    caption.style.fontSize = `${size}rem`;
    if (caption.scrollHeight <= caption.clientHeight + 1) return;
  }
}

/** Writes text only when it changed, so the live region announces each caption once. */
function setText(node: HTMLElement, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}
