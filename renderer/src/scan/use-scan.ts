import { useEffect, useState } from 'react';
import type { ScanReading } from '../../../shared/scan';
import { detailOf } from '../i18n/messages';
import { call } from '../store/api';

/** A draft being reviewed, or an issue in the library. */
export type ScanOf = { draftId: string } | { issueId: string };

export type Loaded<T> = { status: 'loading' } | { status: 'ready'; data: T } | { status: 'error'; message: string };

const keyOf = (of: ScanOf): string => ('draftId' in of ? `d:${of.draftId}` : `i:${of.issueId}`);

/** The reading of a scanned draft or issue; null data when it was not scanned. */
export function useScanReading(of: ScanOf): Loaded<ScanReading | null> {
  const [state, setState] = useState<Loaded<ScanReading | null>>({ status: 'loading' });
  const key = keyOf(of);
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    void call('scan.get', { of }).then((result) => {
      if (!live) return;
      setState(result.ok ? { status: 'ready', data: result.data } : { status: 'error', message: detailOf(result.error) });
    });
    // A page left before the answer came does not take it.
    return () => {
      live = false;
    };
  }, [key]);
  return state;
}

/** One page image as a data URL, at the width the screen shows it (a little more for sharpness). */
export function usePageImage(of: ScanOf, page: number, maxWidth: number): Loaded<string> {
  const [state, setState] = useState<Loaded<string>>({ status: 'loading' });
  const key = `${keyOf(of)}:${page}:${maxWidth}`;
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    void call('scan.pageImage', { of, page, maxWidth }).then((result) => {
      if (!live) return;
      setState(result.ok ? { status: 'ready', data: `data:${result.data.mime};base64,${result.data.dataBase64}` } : { status: 'error', message: detailOf(result.error) });
    });
    return () => {
      live = false;
    };
  }, [key]);
  return state;
}
