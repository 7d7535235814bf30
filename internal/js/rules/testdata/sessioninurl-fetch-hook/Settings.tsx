import useSWR from 'swr';
import Link from 'next/link';

export function PushSettings({ userToken }: { userToken: string }) {
  const { data } = useSWR('/api/v1/settings/notifications/push');
  // The integration's token sent to the app's own API to list options.
  const { data: sounds } = useSWR(
    data?.options.accessToken ? `/api/v1/settings/notifications/push/sounds?token=${data.options.accessToken}` : null
  );
  const { data: devices } = useSWR(`/api/v1/devices?accessToken=${userToken}`);
  return <Link href={data?.ready ? `/share?token=${userToken}` : '/'}>{sounds?.length} {devices?.length}</Link>; // want sessioninurl
}
