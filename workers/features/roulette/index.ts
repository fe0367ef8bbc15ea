/**
 * @module features/roulette
 * What the app and the clock use of roulette: its routes and its cron step.
 */
export { myRouletteRoutes, rouletteRoutes } from "./routes";
export { rouletteAdminRoutes } from "./admin-routes";
export { runRoulette } from "./jobs";
