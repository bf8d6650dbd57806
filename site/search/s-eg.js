DossierSearch.shard("eg", {"eggshells":"4.6","eggshel~":"4.6","egos":"1.6","ego~":"1.6"});
