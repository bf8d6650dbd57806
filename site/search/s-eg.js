DossierSearch.shard("eg", {"eggshells":"3.6","egos":"4.6"});
