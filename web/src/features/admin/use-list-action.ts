import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useOneAtATime } from '../one-at-a-time';

/**
 * An action on one row of an admin list (roll or revoke a key, disable or
 * rotate an endpoint): one at a time, its error kept to show by the row, and
 * the list read again after it, whether it worked or not.
 */
export function useListAction(queryKey: readonly unknown[]): { act: (work: () => Promise<unknown>) => Promise<void>; error: string | null } {
  const queryClient = useQueryClient();
  const [error, setError] = useState<string | null>(null);
  const { run } = useOneAtATime();
  const act = (work: () => Promise<unknown>) =>
    run(async () => {
      setError(null);
      try {
        await work();
        await queryClient.invalidateQueries({ queryKey });
      } catch (e) {
        setError((e as Error).message);
      }
    });
  return { act, error };
}
