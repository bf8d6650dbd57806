DossierSearch.shard("ju", {"jumping":"3.6","june":"2.8"});
