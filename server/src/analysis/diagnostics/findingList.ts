import type { Span } from '../../hcl/ast';
import { codeInfo, Codes } from '../diagnosticCodes';
import type { Finding } from './finding';
import { inRegions } from './recovery';

/** At most this many findings of one file are published; one more finding says how many were left out. */
export const MAX_FINDINGS_PER_FILE = 1000;

const RANK = { information: 0, warning: 1, error: 2 } as const;

interface Entry {
  finding: Finding;
  /** Order of arrival, which is the order of publication. */
  seq: number;
}

/** Entry `a` comes later by position than `b` (ties: by arrival), i.e. it is dropped first. */
function later(a: Entry, b: Entry): boolean {
  return a.finding.span.start > b.finding.span.start || (a.finding.span.start === b.finding.span.start && a.seq > b.seq);
}

/**
 * The findings of one file, bounded: the first `limit` by position (ties: by arrival) are kept, and published in the
 * order they arrived; the rest are only counted. A file of a million problems would otherwise cost gigabytes in the
 * server and in the editor. Producers of findings in bulk call `addLazy`, so a finding that would be dropped is never
 * built. The kept ones sit in a max-heap by position, so a finding earlier than the last kept one takes its place.
 */
export class FindingList {
  private readonly heap: Entry[] = [];
  private seq = 0;
  private hidden = 0;
  private firstHidden?: Span;
  private hiddenSeverity: Finding['severity'] = 'information';

  private heldBack: readonly Span[] = [];

  constructor(readonly limit = MAX_FINDINGS_PER_FILE) {}

  /** From now on, findings starting in these regions are dropped (recovery.ts: the parser's error says it all there). */
  holdBack(regions: readonly Span[]): void {
    this.heldBack = regions;
  }

  /** Whether a finding starting at `start` (arriving now) would be kept. */
  wants(start: number): boolean {
    if (this.heldBack.length > 0 && inRegions(this.heldBack, { start, end: start })) return false;
    return this.heap.length < this.limit || start < this.heap[0].finding.span.start;
  }

  add(finding: Finding): void {
    if (this.heldBack.length > 0 && inRegions(this.heldBack, finding.span)) return;
    const entry = { finding, seq: this.seq++ };
    if (this.heap.length < this.limit) {
      this.heap.push(entry);
      this.up(this.heap.length - 1);
      return;
    }
    if (!later(this.heap[0], entry)) {
      this.count(finding.span, finding.severity);
      return;
    }
    const dropped = this.heap[0].finding;
    this.count(dropped.span, dropped.severity);
    this.heap[0] = entry;
    this.down(0);
  }

  /** Adds the finding `build` makes, or only counts it (at `span`, with `severity`) when it would be dropped. */
  addLazy(span: Span, severity: Finding['severity'], build: () => Finding): void {
    if (this.heldBack.length > 0 && inRegions(this.heldBack, span)) return;
    if (this.wants(span.start)) this.add(build());
    else {
      this.seq++;
      this.count(span, severity);
    }
  }

  /** Adds everything `other` holds, its counted findings included. */
  addAll(other: FindingList): void {
    for (const entry of [...other.heap].sort((a, b) => a.seq - b.seq)) this.add(entry.finding);
    if (other.hidden > 0) this.count(other.firstHidden!, other.hiddenSeverity, other.hidden);
  }

  /**
   * The kept findings in order of arrival, then, when some were left out, one saying how many: it sits on the first
   * of them by position and has the severity of the most severe.
   */
  findings(): Finding[] {
    const kept = [...this.heap].sort((a, b) => a.seq - b.seq).map((e) => e.finding);
    if (this.hidden === 0) return kept;
    const n = this.hidden.toLocaleString('en-US');
    const more = this.hidden === 1 ? `1 more problem in this file is not shown` : `${n} more problems in this file are not shown`;
    kept.push({
      span: { start: this.firstHidden!.start, end: this.firstHidden!.end },
      code: Codes.tooManyProblems,
      // One of the code's documented exceptions unless the most severe left out is an error.
      severity: this.hiddenSeverity,
      message: `${more} (only the first ${this.limit.toLocaleString('en-US')} are listed); the first of them is here.`,
      docs: codeInfo(Codes.tooManyProblems).docs,
    });
    return kept;
  }

  private count(span: Span, severity: Finding['severity'], n = 1): void {
    this.hidden += n;
    if (this.firstHidden === undefined || span.start < this.firstHidden.start) this.firstHidden = span;
    if (RANK[severity] > RANK[this.hiddenSeverity]) this.hiddenSeverity = severity;
  }

  private up(i: number): void {
    const heap = this.heap;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!later(heap[i], heap[parent])) return;
      [heap[i], heap[parent]] = [heap[parent], heap[i]];
      i = parent;
    }
  }

  private down(i: number): void {
    const heap = this.heap;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let top = i;
      if (left < heap.length && later(heap[left], heap[top])) top = left;
      if (right < heap.length && later(heap[right], heap[top])) top = right;
      if (top === i) return;
      [heap[i], heap[top]] = [heap[top], heap[i]];
      i = top;
    }
  }
}
