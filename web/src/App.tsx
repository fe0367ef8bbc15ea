/** The app shell: session, header, and the routes (each page loads on demand). */
import { QueryClientProvider } from "@tanstack/preact-query";
import { useState } from "preact/hooks";
import { ErrorBoundary, LocationProvider, Route, Router, lazy } from "preact-iso";
import { Header } from "./lib/Header";
import { LanguageProvider, useT } from "./lib/i18n";
import { Skeleton } from "./lib/Skeleton";
import { queryClient } from "./lib/query";
import { SessionProvider } from "./lib/session";

const Home = lazy(() => import("./features/home/Home"));
const SignIn = lazy(() => import("./features/account/SignIn"));
const Verify = lazy(() => import("./features/account/Verify"));
const Join = lazy(() => import("./features/account/Join"));
const Dashboard = lazy(() => import("./features/home/Dashboard"));
const Profile = lazy(() => import("./features/profile/Profile"));
const ChooseMentor = lazy(() => import("./features/matching/ChooseMentor"));
const Requests = lazy(() => import("./features/matching/Requests"));
const Programs = lazy(() => import("./features/programs/Programs"));
const ProgramEditor = lazy(() => import("./features/programs/ProgramEditor"));
const Participants = lazy(() => import("./features/programs/Participants"));
const Matching = lazy(() => import("./features/matching/admin/Matching"));
const Rotation = lazy(() => import("./features/rotations/admin/Rotation"));
const Groups = lazy(() => import("./features/groups/admin/Groups"));
const GroupPage = lazy(() => import("./features/groups/GroupPage"));
const RotationFeedback = lazy(() => import("./features/rotations/RotationFeedback"));
const RotationPage = lazy(() => import("./features/rotations/RotationPage"));
const HostEvents = lazy(() => import("./features/events/HostEvents"));
const NewEvent = lazy(() => import("./features/events/NewEvent"));
const HostEvent = lazy(() => import("./features/events/HostEvent"));
const Projector = lazy(() => import("./features/events/Projector"));
const EventPage = lazy(() => import("./features/events/EventPage"));
const DevMail = lazy(() => import("./features/dev/DevMail"));
const Unsubscribe = lazy(() => import("./features/account/Unsubscribe"));
const Preferences = lazy(() => import("./features/account/Preferences"));
const Privacy = lazy(() => import("./features/account/Privacy"));
const MailProblems = lazy(() => import("./features/mail/MailProblems"));
const AuditLog = lazy(() => import("./features/audit/AuditLog"));
const Surveys = lazy(() => import("./features/surveys/admin/Surveys"));
const SurveyPage = lazy(() => import("./features/surveys/Survey"));
const MentorshipPage = lazy(() => import("./features/mentorships/MentorshipPage"));
const StillGoing = lazy(() => import("./features/health/StillGoing"));
const RoulettePair = lazy(() => import("./features/roulette/RoulettePair"));
const MyRoulette = lazy(() => import("./features/roulette/MyRoulette"));
const Insights = lazy(() => import("./features/insights/Insights"));
const AllPrograms = lazy(() => import("./features/insights/AllPrograms"));
const Outcomes = lazy(() => import("./features/outcomes/Outcomes"));
const OrganisationSettings = lazy(() => import("./features/organisation/OrganisationSettings"));
const Training = lazy(() => import("./features/training/TrainingPage"));
const TrainingAdmin = lazy(() => import("./features/training/admin/Training"));
const Certificate = lazy(() => import("./features/recognition/Certificate"));
const Library = lazy(() => import("./features/library/Library"));
const LibraryEntry = lazy(() => import("./features/library/LibraryEntry"));
const ProgramLibrary = lazy(() => import("./features/library/ProgramLibrary"));
const ScimTokens = lazy(() => import("./features/provisioning/ScimTokens"));
const MentorApplicationPage = lazy(() => import("./features/home/MentorApplicationPage"));
const NotFound = lazy(() => import("./features/home/NotFound"));

export function App() {
  return (
    <LanguageProvider>
      <Shell />
    </LanguageProvider>
  );
}

function Shell() {
  const { t } = useT();
  // Until the first page's code has arrived, main would stand empty; later pages load while the last one stays.
  const [firstPage, setFirstPage] = useState<"loading" | "shown">("loading");
  const shown = () => setFirstPage("shown");
  return (
    <QueryClientProvider client={queryClient}>
      <LocationProvider>
        <SessionProvider>
          <a class="skip" href="#main">
            {t("shell.skip")}
          </a>
          <Header />
          <main id="main" tabIndex={-1}>
            {firstPage === "loading" && <Skeleton label={t("shell.loadingPage")} />}
            <ErrorBoundary onError={shown}>
              <Router onLoadEnd={shown} onRouteChange={shown}>
                <Route path="/" component={Home} />
                <Route path="/signin" component={SignIn} />
                <Route path="/auth/verify" component={Verify} />
                <Route path="/join/:slug" component={Join} />
                <Route path="/dashboard" component={Dashboard} />
                <Route path="/profile" component={Profile} />
                <Route path="/programs/:id/choose" component={ChooseMentor} />
                <Route path="/requests" component={Requests} />
                <Route path="/admin/programs" component={Programs} />
                <Route path="/admin/insights" component={AllPrograms} />
                <Route path="/admin/programs/new" component={ProgramEditor} />
                <Route path="/admin/programs/:id" component={ProgramEditor} />
                <Route path="/admin/programs/:id/participants" component={Participants} />
                <Route path="/admin/programs/:id/insights" component={Insights} />
                <Route path="/admin/programs/:id/outcomes" component={Outcomes} />
                <Route path="/admin/programs/:id/matching" component={Matching} />
                <Route path="/admin/programs/:id/rotation" component={Rotation} />
                <Route path="/admin/programs/:id/groups" component={Groups} />
                <Route path="/groups/:id" component={GroupPage} />
                <Route path="/rotations/:programId" component={RotationPage} />
                <Route path="/rotations/:programId/feedback/:cycle" component={RotationFeedback} />
                <Route path="/host/events" component={HostEvents} />
                <Route path="/host/events/new" component={NewEvent} />
                <Route path="/host/events/:id" component={HostEvent} />
                <Route path="/host/events/:id/projector" component={Projector} />
                <Route path="/events/:id" component={EventPage} />
                <Route path="/dev/mail" component={DevMail} />
                <Route path="/unsubscribe" component={Unsubscribe} />
                <Route path="/still-going/:token" component={StillGoing} />
                <Route path="/roulette/pairs/:pairId" component={RoulettePair} />
                <Route path="/roulette/:programId" component={MyRoulette} />
                <Route path="/preferences" component={Preferences} />
                <Route path="/privacy" component={Privacy} />
                <Route path="/admin/mail" component={MailProblems} />
                <Route path="/admin/audit" component={AuditLog} />
                <Route path="/admin/organisation" component={OrganisationSettings} />
                <Route path="/admin/provisioning" component={ScimTokens} />
                <Route path="/admin/programs/:id/surveys" component={Surveys} />
                <Route path="/s/:token" component={SurveyPage} />
                <Route path="/mentorships/:id" component={MentorshipPage} />
                <Route path="/programs/:id/training" component={Training} />
                <Route path="/programs/:id/mentor-application" component={MentorApplicationPage} />
                <Route path="/admin/programs/:id/training" component={TrainingAdmin} />
                <Route path="/certificates/:id" component={Certificate} />
                <Route path="/library" component={Library} />
                <Route path="/library/:id" component={LibraryEntry} />
                <Route path="/admin/programs/:id/library" component={ProgramLibrary} />
                <Route default component={NotFound} />
              </Router>
            </ErrorBoundary>
          </main>
        </SessionProvider>
      </LocationProvider>
    </QueryClientProvider>
  );
}
