DossierSearch.shard("ju", {"jumping":"4.6","jump~":"4.6","june":"3.8"});
