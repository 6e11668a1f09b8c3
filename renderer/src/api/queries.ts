import { type UseQueryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/api';
import { call } from './client';

/** Server data is cached by channel and input; pages ask for what they show and nothing more. */
export function useApiQuery<C extends Channel>(
  channel: C,
  input: ChannelInput<C>,
  options: Omit<UseQueryOptions<ChannelOutput<C>>, 'queryKey' | 'queryFn'> = {},
) {
  return useQuery<ChannelOutput<C>>({ queryKey: [channel, input], queryFn: () => call(channel, input), ...options });
}

/** Any write may leave a change waiting for the next sync package: these are refetched after every write. */
const syncChannels: Channel[] = ['sync.recordStatus', 'sync.status', 'sync.pendingCount'];

/**
 * A write; on success every cached query of the named channels is refetched, or every query at all for
 * writes that can touch anything (demo data, an imported sync package).
 */
export function useApiMutation<C extends Channel>(channel: C, invalidates: Channel[] | 'all' = []) {
  const client = useQueryClient();
  return useMutation<ChannelOutput<C>, Error, ChannelInput<C>>({
    mutationFn: (input) => call(channel, input),
    onSuccess: async () => {
      if (invalidates === 'all') return client.invalidateQueries();
      await Promise.all([...invalidates, ...syncChannels].map((c) => client.invalidateQueries({ queryKey: [c] })));
    },
  });
}
