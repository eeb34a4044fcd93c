import { ApolloProvider } from '@apollo/client/react';
import { Navigate, Route, Routes } from 'react-router';
import { DeelnemersPage } from '../features/deelnemers/pages/DeelnemersPage';
import { TrajectPage } from '../features/aanwezigheid/pages/TrajectPage';
import { AanbiederGebruikersPage } from '../features/beheer/pages/AanbiederGebruikersPage';
import { GemeenteBeheerPage } from '../features/beheer/pages/GemeenteBeheerPage';
import { ApiTokensPage } from '../features/apitokens/pages/ApiTokensPage';
import { CsvPage } from '../features/csv/pages/CsvPage';
import { GroepsweekPage } from '../features/groepsweek/pages/GroepsweekPage';
import { AanbiederPage } from '../features/aanbieders/pages/AanbiederPage';
import { AanbiedersPage } from '../features/aanbieders/pages/AanbiedersPage';
import { DashboardPage } from '../features/dashboard/pages/DashboardPage';
import { DossierPage } from '../features/dossiers/pages/DossierPage';
import { ZoekPage } from '../features/dossiers/pages/ZoekPage';
import { LoginPage } from '../features/login/pages/LoginPage';
import { aanbiederClient, gemeenteClient } from './apollo';
import { useAuth } from './auth';
import { WachtwoordPage } from '../features/wachtwoord/pages/WachtwoordPage';
import { Layout } from './Layout';

export function App() {
  const { principal, laden } = useAuth();
  if (laden) return <p className="status" role="status">Laden…</p>;
  if (!principal) {
    return (
      <Routes>
        <Route path="/inloggen" element={<LoginPage />} />
        <Route path="*" element={<Navigate to="/inloggen" replace />} />
      </Routes>
    );
  }
  const thuis = principal.soort === 'aanbieder' ? '/aanbieder' : '/gemeente';
  if (principal.wachtwoordWijzigen) {
    // The server refuses everything else until then; the page says why instead of showing errors.
    return (
      <Layout>
        <Routes>
          <Route path="/wachtwoord" element={<WachtwoordPage />} />
          <Route path="*" element={<Navigate to="/wachtwoord" replace />} />
        </Routes>
      </Layout>
    );
  }
  return (
    <Layout>
      {principal.soort === 'aanbieder' ? (
        <ApolloProvider client={aanbiederClient}>
          <Routes>
            <Route path="/aanbieder" element={<DeelnemersPage />} />
            <Route path="/aanbieder/trajecten/:id" element={<TrajectPage />} />
            <Route path="/aanbieder/groepsweek" element={<GroepsweekPage />} />
            <Route path="/aanbieder/csv" element={<CsvPage />} />
            {principal.rollen.includes('BEHEER') && <Route path="/aanbieder/api-tokens" element={<ApiTokensPage />} />}
            {principal.rollen.includes('BEHEER') && <Route path="/aanbieder/gebruikers" element={<AanbiederGebruikersPage />} />}
            <Route path="/wachtwoord" element={<WachtwoordPage />} />
            <Route path="*" element={<Navigate to={thuis} replace />} />
          </Routes>
        </ApolloProvider>
      ) : (
        <ApolloProvider client={gemeenteClient}>
          <Routes>
            <Route path="/gemeente" element={<DashboardPage />} />
            <Route path="/gemeente/dossiers" element={<ZoekPage />} />
            <Route path="/gemeente/dossiers/:id" element={<DossierPage />} />
            <Route path="/gemeente/aanbieders" element={<AanbiedersPage />} />
            <Route path="/gemeente/aanbieders/:id" element={<AanbiederPage />} />
            {principal.rollen.includes('BEHEER') && <Route path="/gemeente/beheer" element={<GemeenteBeheerPage />} />}
            <Route path="/wachtwoord" element={<WachtwoordPage />} />
            <Route path="*" element={<Navigate to={thuis} replace />} />
          </Routes>
        </ApolloProvider>
      )}
    </Layout>
  );
}
