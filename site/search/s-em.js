DossierSearch.shard("em", {"emanating":"1.4,2.4","emerge":"0.6","emerged":"1.2,1.2,1.2","emerging":"0.2,1.2,2.2","emphasis":"2.6"});
