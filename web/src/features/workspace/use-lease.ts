import { useEffect, useRef, useState } from 'react';
import { ApiError, api, unwrap } from '../../api/client';

// Scaled down for short leases, so a 15-minute lease and a test's few seconds behave alike.
const activeWithin = (periodMs: number) => Math.min(120_000, periodMs / 2);
const checkEvery = (periodMs: number) => Math.max(250, Math.min(5_000, periodMs / 4));

/**
 * A countdown to the lease's end. While the person is active (a key, a click
 * or the wheel in the last two minutes) and less than half the lease is left, the
 * lease is extended by a full period; away, it runs out on its own.
 */
export function useLease(claimId: string | null, initialExpiresAt: string | null) {
  const [expiresAt, setExpiresAt] = useState<number | null>(initialExpiresAt ? Date.parse(initialExpiresAt) : null);
  const [now, setNow] = useState(Date.now());
  const lastActive = useRef(Date.now());
  const period = useRef<number>(initialExpiresAt ? Date.parse(initialExpiresAt) - Date.now() : 0);
  // Why extending the lease of this claim was refused (a 409), if it was.
  const [lost, setLost] = useState<{ claimId: string; reason: string } | null>(null);

  useEffect(() => {
    setExpiresAt(initialExpiresAt ? Date.parse(initialExpiresAt) : null);
    period.current = initialExpiresAt ? Date.parse(initialExpiresAt) - Date.now() : 0;
    lastActive.current = Date.now();
  }, [claimId, initialExpiresAt]);

  useEffect(() => {
    const active = () => (lastActive.current = Date.now());
    // The wheel too: someone reading a long article with it is there (keys and clicks alone let the lease lapse under them).
    const signs = ['keydown', 'pointerdown', 'wheel'] as const;
    signs.forEach((sign) => window.addEventListener(sign, active, { passive: true }));
    const tick = setInterval(() => setNow(Date.now()), 500);
    return () => {
      signs.forEach((sign) => window.removeEventListener(sign, active));
      clearInterval(tick);
    };
  }, []);

  useEffect(() => {
    if (!claimId || expiresAt === null) return;
    const timer = setInterval(async () => {
      const left = expiresAt - Date.now();
      if (left <= 0 || left > period.current / 2 || Date.now() - lastActive.current > activeWithin(period.current)) return;
      try {
        const extended = unwrap(await api.POST('/v1/claims/{id}/lease', { params: { path: { id: claimId } } }));
        setExpiresAt(Date.parse(extended.expiresAt));
      } catch (e) {
        // Refused: the claim is someone else's now. Said at once; the countdown ran on, and at zero the page
        // said the lease ran out "while you were away" to someone working all along. Anything else (the
        // service out of reach a moment): the next check tries again.
        if (e instanceof ApiError && e.status === 409) setLost({ claimId, reason: e.message });
      }
    }, checkEvery(period.current));
    return () => clearInterval(timer);
  }, [claimId, expiresAt]);

  const msLeft = expiresAt === null ? null : Math.max(0, expiresAt - now);
  return {
    secondsLeft: msLeft === null ? null : Math.ceil(msLeft / 1000),
    expired: msLeft === 0,
    lost: lost && lost.claimId === claimId ? lost.reason : null,
  };
}

export function formatCountdown(seconds: number): string {
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return `${m}:${String(s).padStart(2, '0')}`;
}

