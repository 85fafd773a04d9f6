// nhsuk-frontend's character count, in a module of its own so the plan page loads it only when
// someone starts writing a note (see ../plan.ts): a quarter of the plan's script otherwise.
export { CharacterCount } from "nhsuk-frontend";
