/** @module features/training — what other features use of training: what someone must still pass, and what is due. */
export { dueTrainingOf, missingTrainingSql } from "./repo";
