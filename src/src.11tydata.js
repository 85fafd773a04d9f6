// Data for every page under src/.
export default { layout: "layouts/base.njk" };
