export function List({ items }) {
  return items.map((item) => <li key={Math.random()}>{item.name}</li>);
}
