import { Component, type ReactNode } from 'react';

/**
 * Last line of defence: a page that throws while rendering shows a Dutch message instead of a blank screen.
 * Keyed by the route in Layout, so navigating elsewhere starts afresh.
 */
export class Foutgrens extends Component<{ children: ReactNode }, { fout: boolean }> {
  state = { fout: false };

  static getDerivedStateFromError() {
    return { fout: true };
  }

  render() {
    if (!this.state.fout) return this.props.children;
    return (
      <p className="melding melding--fout" role="alert">
        Deze pagina kon niet worden getoond. Ga terug of laad de pagina opnieuw; blijft het misgaan, meld het dan bij uw beheerder.
      </p>
    );
  }
}
