/** The app shell: session, header, and the routes (each page loads on demand). */
import { QueryClientProvider } from "@tanstack/preact-query";
import { ErrorBoundary, LocationProvider, Route, Router, lazy } from "preact-iso";
import { Header } from "./components/Header";
import { queryClient } from "./lib/query";
import { SessionProvider } from "./session";

const Home = lazy(() => import("./pages/Home"));
const SignIn = lazy(() => import("./pages/SignIn"));
const Verify = lazy(() => import("./pages/Verify"));
const Join = lazy(() => import("./pages/Join"));
const Dashboard = lazy(() => import("./pages/Dashboard"));
const Profile = lazy(() => import("./pages/Profile"));
const ChooseMentor = lazy(() => import("./pages/ChooseMentor"));
const Requests = lazy(() => import("./pages/Requests"));
const Programs = lazy(() => import("./pages/admin/Programs"));
const ProgramEditor = lazy(() => import("./pages/admin/ProgramEditor"));
const Participants = lazy(() => import("./pages/admin/Participants"));
const Matching = lazy(() => import("./pages/admin/Matching"));
const Rotation = lazy(() => import("./pages/admin/Rotation"));
const Groups = lazy(() => import("./pages/admin/Groups"));
const GroupPage = lazy(() => import("./pages/groups/GroupPage"));
const RotationFeedback = lazy(() => import("./pages/RotationFeedback"));
const HostEvents = lazy(() => import("./pages/events/HostEvents"));
const NewEvent = lazy(() => import("./pages/events/NewEvent"));
const HostEvent = lazy(() => import("./pages/events/HostEvent"));
const Projector = lazy(() => import("./pages/events/Projector"));
const EventPage = lazy(() => import("./pages/events/EventPage"));
const DevMail = lazy(() => import("./pages/DevMail"));
const Unsubscribe = lazy(() => import("./pages/Unsubscribe"));
const Preferences = lazy(() => import("./pages/Preferences"));
const MailProblems = lazy(() => import("./pages/admin/MailProblems"));
const Surveys = lazy(() => import("./pages/admin/Surveys"));
const SurveyPage = lazy(() => import("./pages/Survey"));
const MentorshipPage = lazy(() => import("./pages/mentorship/MentorshipPage"));
const NotFound = lazy(() => import("./pages/NotFound"));

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <LocationProvider>
        <SessionProvider>
          <a class="skip" href="#main">
            Skip to content
          </a>
          <Header />
          <main id="main" tabIndex={-1}>
            <ErrorBoundary>
              <Router>
                <Route path="/" component={Home} />
                <Route path="/signin" component={SignIn} />
                <Route path="/auth/verify" component={Verify} />
                <Route path="/join/:slug" component={Join} />
                <Route path="/dashboard" component={Dashboard} />
                <Route path="/profile" component={Profile} />
                <Route path="/programs/:id/choose" component={ChooseMentor} />
                <Route path="/requests" component={Requests} />
                <Route path="/admin/programs" component={Programs} />
                <Route path="/admin/programs/new" component={ProgramEditor} />
                <Route path="/admin/programs/:id" component={ProgramEditor} />
                <Route path="/admin/programs/:id/participants" component={Participants} />
                <Route path="/admin/programs/:id/matching" component={Matching} />
                <Route path="/admin/programs/:id/rotation" component={Rotation} />
                <Route path="/admin/programs/:id/groups" component={Groups} />
                <Route path="/groups/:id" component={GroupPage} />
                <Route path="/rotations/:programId/feedback/:cycle" component={RotationFeedback} />
                <Route path="/host/events" component={HostEvents} />
                <Route path="/host/events/new" component={NewEvent} />
                <Route path="/host/events/:id" component={HostEvent} />
                <Route path="/host/events/:id/projector" component={Projector} />
                <Route path="/events/:id" component={EventPage} />
                <Route path="/dev/mail" component={DevMail} />
                <Route path="/unsubscribe" component={Unsubscribe} />
                <Route path="/preferences" component={Preferences} />
                <Route path="/admin/mail" component={MailProblems} />
                <Route path="/admin/programs/:id/surveys" component={Surveys} />
                <Route path="/s/:token" component={SurveyPage} />
                <Route path="/mentorships/:id" component={MentorshipPage} />
                <Route default component={NotFound} />
              </Router>
            </ErrorBoundary>
          </main>
        </SessionProvider>
      </LocationProvider>
    </QueryClientProvider>
  );
}
