/** @module routes/groups — group mentoring and peer circles. */
import { router } from "../lib/validate";

export const groupRoutes = router();
