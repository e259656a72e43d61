import type { IControl } from 'maplibre-gl';
import { t, type Lang } from '../i18n';
import type { AppState } from '../state/url-state';
import { el } from '../shared/dom';
import { shareableLink } from './links';
import type { CreditedData } from '../data/data-credits';
import { linkCreditNote } from '../shared/credits';
import './share.css';

/** What the control needs: the state now, and word when it changes. */
export interface CopyLinkHost {
  state(): AppState;
  subscribe(listener: () => void): () => void;
  /** Whose data the map shows: files loaded from the reader's computer cannot travel in a link. */
  credits?(): CreditedData;
}

/**
 * "Copy link": puts the link to what the reader sees (view, metric, language, popup) on the clipboard and
 * says so in a live region. Where the clipboard is refused, the link is shown selected, to copy by hand.
 */
export class CopyLinkControl implements IControl {
  private readonly button = el('button', { type: 'button', class: 'copy-link', 'data-control': 'copy-link' });
  private readonly status = el('p', { class: 'share-status', role: 'status' });
  private readonly fallback = el('input', { type: 'text', readonly: '', class: 'share-fallback', hidden: '' });
  private readonly container = el(
    'div',
    { class: 'maplibregl-ctrl share-control' },
    el('div', { class: 'maplibregl-ctrl-group' }, this.button),
    this.status,
    this.fallback,
  );
  private unsubscribe?: () => void;

  constructor(private readonly host: CopyLinkHost) {}

  onAdd(): HTMLElement {
    this.render();
    // What was copied describes an earlier state once the reader moves on.
    this.unsubscribe = this.host.subscribe(() => this.render());
    this.button.addEventListener('click', () => void this.copy());
    return this.container;
  }

  onRemove(): void {
    this.unsubscribe?.();
    this.container.remove();
  }

  private lang(): Lang {
    return this.host.state().lang;
  }

  private render(): void {
    this.button.textContent = t(this.lang(), 'share.copyLink');
    this.status.textContent = '';
    this.fallback.hidden = true;
  }

  private async copy(): Promise<void> {
    const link = shareableLink(location.href, this.host.state());
    try {
      await navigator.clipboard.writeText(link);
      this.status.textContent = [t(this.lang(), 'share.copied'), this.localFilesNote()].filter(Boolean).join(' ');
    } catch {
      this.fallback.value = link;
      this.fallback.setAttribute('aria-label', t(this.lang(), 'share.linkLabel'));
      this.fallback.hidden = false;
      this.fallback.select();
      this.status.textContent = [t(this.lang(), 'share.copyRefused'), this.localFilesNote()].filter(Boolean).join(' ');
    }
  }

  private localFilesNote(): string | null {
    const credited = this.host.credits?.();
    if (!credited) return null;
    const state = this.host.state();
    return linkCreditNote(
      this.lang(),
      credited,
      [state.data, state.boundaries].filter((p) => p !== null),
    );
  }
}
