DossierSearch.shard("gu", {"guarantees":"3.4,1.4","guarante~":"3.4,1.4","guide":"4.6","guid~":"4.6"});
