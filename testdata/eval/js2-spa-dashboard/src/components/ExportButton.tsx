import { getAccessToken, API_BASE } from '../api/client';

type Props = { dashboardId: string; format: 'csv' | 'xlsx' };

export function ExportButton({ dashboardId, format }: Props) {
  const onClick = () => {
    // a plain navigation lets the browser handle the download
    const url = `${API_BASE}/dashboards/${dashboardId}/export.${format}?access_token=${getAccessToken()}`; // WANT: sessioninurl
    window.location.href = url;
  };

  const shareLink = `${window.location.origin}/d/${dashboardId}?range=7d&utm_source=share`;

  return (
    <div className="export">
      <button onClick={onClick}>Export {format.toUpperCase()}</button>
      <input readOnly value={shareLink} onFocus={(e) => e.currentTarget.select()} />
    </div>
  );
}
