/** Stylesheets are not evaluated in jest. */
export default {};
