DossierSearch.shard("th", {"theme":"2.6","thickening":"0.6","third":"1.6","thought":"0.6","threat":"0.4,1.2,1.3","threatening":"4.6","threats":"0.2,1.2,1.2","three":"0.6","thrive":"3.6"});
