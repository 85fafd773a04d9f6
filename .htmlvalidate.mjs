// html-validate over every built page (npm run validate:html).
export default {
  extends: ["html-validate:recommended"],
  rules: {
    // nhsuk-frontend's macros add explicit landmark roles (banner, navigation, contentinfo, and
    // role="region" on notification banners) on purpose, for older assistive technology; we use its
    // macros as they are.
    "no-redundant-role": "off",
    "prefer-native-element": ["error", { exclude: ["region"] }],
    // nhsuk-frontend's header menu toggle is a <button> outside any form, where the type changes nothing.
    "no-implicit-button-type": "off",
    // Whitespace inside the output is the templates' indentation, not content.
    "no-trailing-whitespace": "off",
    // Titles carry the service name after the page name; document titles can be long and still clear.
    "long-title": ["error", { maxlength: 120 }],
  },
};
