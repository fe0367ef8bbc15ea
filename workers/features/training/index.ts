/**
 * @module features/training — what other features use of training: what someone must still pass, what
 * is due, and the demo's modules.
 */
export { dueTrainingOf, missingTrainingSql } from "./repo";
export { addDemoTraining, type DemoModule } from "./demo";
