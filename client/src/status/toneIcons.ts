// The codicon of each status tone, shared by the palette's pick (as `$(id)`) and the endpoints view (as a ThemeIcon),
// so a status looks the same wherever it appears.
import type { StatusTone } from './model';

export const TONE_ICONS: Readonly<Record<StatusTone, string>> = {
  ok: 'pass-filled',
  progress: 'sync~spin',
  error: 'error',
  neutral: 'circle-large-outline',
};
