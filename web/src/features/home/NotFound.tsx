export default function NotFound() {
  return (
    <section class="narrow">
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. Go to <a href="/">the start page</a>.
      </p>
    </section>
  );
}
