DossierSearch.shard("gu", {"guarantees":"2.4,1.4","guide":"3.6"});
